// The receiver as a child process (widget/receiver/main.ts), for crash tests and benchmarks.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../../..');

export interface ReceiverProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
  stop(): Promise<string>;
}

export async function spawnReceiver(
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<ReceiverProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'widget/receiver/main.ts'], {
    cwd: repo,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TROUPE_RATE_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => done(signal ?? String(code))),
  );
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`receiver did not start in ${timeoutMs} ms\n${stderr}`)),
      timeoutMs,
    );
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{"listening"'));
      if (line) {
        clearTimeout(timer);
        done((JSON.parse(line) as { listening: string }).listening);
      }
    });
    exited.then((how) => {
      clearTimeout(timer);
      fail(new Error(`receiver exited (${how}) before listening\n${stderr}`));
    });
  });
  return {
    url,
    child,
    exited,
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
