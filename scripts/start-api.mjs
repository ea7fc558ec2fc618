// Starts the mock API (`npm run api`, mocks/serve.ts) in a child process and resolves once it
// listens, with its base URL (`http://127.0.0.1:<port>/api`) and a stop(). Port 0: a free one.
import { spawn } from 'node:child_process';

export function startApi({ port = 0, scenario = 'default' } = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/serve.ts', '--port', String(port), '--scenario', scenario],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The mock API didn't start within 60 s:\n${output}`));
    }, 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /API:\s+(http:\/\/\S+\/api)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    });
    // Its errors show where the caller's output goes.
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The mock API exited (${code}):\n${output}`));
    });
  });
}
