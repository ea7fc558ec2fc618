/**
 * The contract suite runs against `API_BASE_URL` (for example `https://staging.example.com/api`).
 * Without it, it starts the mock API itself (`npm run api` on a free port) and stops it after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    apiBaseUrl: string;
  }
}

let server: ChildProcess | null = null;

function startMockApi(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/serve.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    server = child;
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`The mock API didn't start:\n${output}`)),
      60_000,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API:\s+(http:\/\/\S+\/api)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The mock API exited (${code}):\n${output}`));
    });
  });
}

export default async function setup(project: TestProject) {
  const given = process.env.API_BASE_URL?.replace(/\/$/, '');
  const apiBaseUrl = given ?? (await startMockApi());
  console.log(
    `Contract suite against ${apiBaseUrl}${given ? '' : ' (the mock API, started for it)'}`,
  );
  project.provide('apiBaseUrl', apiBaseUrl);
  return () => {
    server?.kill('SIGTERM');
  };
}
