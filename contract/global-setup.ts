/**
 * The contract suite runs against `API_BASE_URL` (for example `https://staging.example.com/api`).
 * Without it, it starts the mock API itself (`npm run api` on a free port) and stops it after.
 */
import type { TestProject } from 'vitest/node';
import { startApi } from '../scripts/start-api.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    apiBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.API_BASE_URL?.replace(/\/$/, '');
  const server = given ? null : await startApi();
  const apiBaseUrl = given ?? server!.url;
  console.log(
    `Contract suite against ${apiBaseUrl}${given ? '' : ' (the mock API, started for it)'}`,
  );
  project.provide('apiBaseUrl', apiBaseUrl);
  return () => server?.stop();
}
