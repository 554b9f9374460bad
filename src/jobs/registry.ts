import type { TaskDefinition } from './define.ts';
import { probeTask } from './probe.task.ts';
import { TASKS } from './tasks.ts';

/** The tasks this process knows: the registry, plus the diagnostic probe when `SIMPUL_JOBS_PROBE=1`. */
export function knownTasks(): readonly TaskDefinition[] {
  return process.env.SIMPUL_JOBS_PROBE === '1' ? [...TASKS, probeTask] : TASKS;
}
