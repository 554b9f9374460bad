import { AppError } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { IO_MESSAGES as M } from './io.messages.ts';

/** What a client told "too many imports" is asked to wait before it tries again. */
const RETRY = { retryAfterSeconds: 30 };

/** A taken slot; `release` is idempotent. */
export interface ImportSlot {
  release(): void;
}

/**
 * Counts the imports running in this process, per user and in all, so that no one user (or a flood of
 * uploads) can hold every database connection: the server's total stays below its pool size.
 */
export class ImportSlots {
  private readonly running = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perUser: number,
    private readonly atOnce: number,
  ) {}

  /** Takes a slot for `who`, or throws 429 (with Retry-After) naming the limit that was reached. */
  take(who: string): ImportSlot {
    const mine = this.running.get(who) ?? 0;
    if (mine >= this.perUser) {
      throw new AppError('rate_limited', tr(M.tooManyImports, { limit: this.perUser }), [], RETRY);
    }
    if (this.total >= this.atOnce) {
      throw new AppError('rate_limited', tr(M.serverImportsBusy, { limit: this.atOnce }), [], RETRY);
    }
    this.running.set(who, mine + 1);
    this.total += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        const left = (this.running.get(who) ?? 1) - 1;
        if (left === 0) this.running.delete(who);
        else this.running.set(who, left);
      },
    };
  }
}
