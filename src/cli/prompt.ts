import readline from 'node:readline';
import { words } from './cli-lang.ts';
import { CLI_MESSAGES as M } from './cli-messages.ts';

/**
 * Reads a secret: from a hidden prompt on a terminal (asked twice when `confirm`), or the first line of
 * stdin when piped (`echo … | simpul user create …`), so scripts never put a password in argv.
 */
export async function readSecret(question: string, options: { confirm?: boolean } = {}): Promise<string> {
  if (!process.stdin.isTTY) return firstLine();
  const first = await hiddenPrompt(question);
  if (options.confirm) {
    const second = await hiddenPrompt(words(M.repeat));
    if (first !== second) throw new Error(words(M.mismatch));
  }
  return first;
}

async function firstLine(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

function hiddenPrompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    output._writeToOutput = (text: string) => {
      if (text.includes(question)) process.stderr.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
