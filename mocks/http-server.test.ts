import { once } from 'node:events';
import { request as httpRequest, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NONCE_PLACEHOLDER } from '../config/csp';
import { DEMO_ADMIN_TOKENS } from '../src/api/contract/mock';
import { createApiServer, MAX_BODY_BYTES } from './http-server';
import { NO_FAULTS } from './faults';

const ADMIN = { Authorization: `Bearer ${DEMO_ADMIN_TOKENS.TeamsAdministrator}` };

/** A production build to serve: an index.html with the nonce placeholder and one asset. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'acac-build-'));
  writeFileSync(
    path.join(dir, 'index.html'),
    `<html><head><script nonce="${NONCE_PLACEHOLDER}" src="/assets/app.js"></script></head></html>`,
  );
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

const host = createApiServer({ appDir: fakeBuild() });
let server: Server;
let origin = '';

beforeAll(async () => {
  server = host.app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  host.store.reset();
  host.faults.set(NO_FAULTS);
});

/** A raw request, to send what fetch won't (another Host). */
function raw(pathname: string, headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(pathname, origin);
    const req = httpRequest(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function firstUserId(): Promise<string> {
  const page = await (await fetch(`${origin}/api/users?search=amos`, { headers: ADMIN })).json();
  return page.items[0].id;
}

describe('npm start: the production build on the same origin', () => {
  it('serves every page as index.html with a fresh nonce in its Content-Security-Policy', async () => {
    const pages = await Promise.all(
      ['/users', '/users/u1', '/index.html'].map((p) => fetch(`${origin}${p}`)),
    );
    const nonces = new Set<string>();
    for (const page of pages) {
      expect(page.status).toBe(200);
      const csp = page.headers.get('Content-Security-Policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, csp).toBeTruthy();
      const html = await page.text();
      expect(html).toContain(`nonce="${nonce}"`);
      expect(html).not.toContain(NONCE_PLACEHOLDER);
      expect(page.headers.get('Cache-Control')).toBe('no-store');
      expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
      nonces.add(nonce!);
    }
    expect(nonces.size, 'a nonce per response').toBe(3);
  });

  it('serves the build’s files as they are, hashed assets for a year', async () => {
    const asset = await fetch(`${origin}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Cache-Control')).toMatch(/immutable/);
    expect((await fetch(`${origin}/mockServiceWorker.js`)).status).toBe(404);
  });

  it('answers an API path it has no route for with the contract’s 404 body', async () => {
    const answer = await fetch(`${origin}/api/no-such-thing`, { headers: ADMIN });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toMatchObject({ code: 'not_found', message: expect.any(String) });
  });
});

describe('npm run api: for this machine only', () => {
  it('refuses a request addressed to another name (DNS rebinding) or a broken Host', async () => {
    for (const name of ['evil.example', 'a b', '127.0.0.1.evil.example']) {
      const answer = await raw('/api/users', { ...ADMIN, Host: name });
      expect(answer.status, name).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'validation' });
    }
    expect((await raw('/api/users', { ...ADMIN, Host: 'localhost' })).status).toBe(200);
  });

  it('answers a path with a broken escape 400, not 500', async () => {
    for (const pathname of ['/api/pin-policies/sites/%E2%82', '/api/dial-in/meetings/%ZZ/end']) {
      const answer = await fetch(`${origin}${pathname}`, { method: 'DELETE', headers: ADMIN });
      expect(answer.status, pathname).toBe(400);
    }
  });

  it('takes changes only from pages of this machine; CORS only for them', async () => {
    const foreign = await fetch(`${origin}/api/_mock/reset`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const local = await fetch(`${origin}/api/_mock/reset`, {
      method: 'POST',
      headers: { Origin: 'http://localhost:5173' },
    });
    expect(local.status).toBe(204);
    expect(local.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:5173');
    const preflight = await fetch(`${origin}/api/users`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Authorization/);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toMatch(/Idempotency-Key/);
  });

  it('refuses a body over the limit with 413 and changes nothing', async () => {
    const answer = await fetch(`${origin}/api/_mock/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ latencyMs: 0, padding: 'x'.repeat(MAX_BODY_BYTES) }),
    });
    expect(answer.status).toBe(413);
    expect(host.faults.get()).toEqual(NO_FAULTS);
  });
});

describe('the test hooks over HTTP', () => {
  it('offline: the connection closes without an answer; a dropped answer closes it after the change', async () => {
    const userId = await firstUserId();
    host.faults.set({ offline: true });
    await expect(fetch(`${origin}/api/users/${userId}`, { headers: ADMIN })).rejects.toThrow();
    host.faults.set({ offline: false, dropRate: 100 });
    const before = host.store.read().usersById.get(userId)!.audio.conferenceId;
    await expect(
      fetch(`${origin}/api/users/${userId}/conference-id/reset`, {
        method: 'POST',
        headers: ADMIN,
      }),
    ).rejects.toThrow();
    expect(
      host.store.read().usersById.get(userId)!.audio.conferenceId,
      'the change was made',
    ).not.toBe(before);
  });

  it('A4: Reset demo data forgets the Idempotency-Keys, so nothing replays a change the reset undid', async () => {
    const userId = await firstUserId();
    const reset = () =>
      fetch(`${origin}/api/users/${userId}/conference-id/reset`, {
        method: 'POST',
        headers: { ...ADMIN, 'Idempotency-Key': 'key-1' },
      });
    const first = await reset();
    expect(first.status).toBe(200);
    expect((await fetch(`${origin}/api/_mock/reset`, { method: 'POST' })).status).toBe(204);
    const seeded = host.store.read().usersById.get(userId)!.audio.conferenceId;
    const again = await reset();
    expect(again.status).toBe(200);
    expect(again.headers.get('Idempotent-Replayed')).toBeNull();
    const body = (await again.json()) as { previousConferenceId: string };
    expect(body.previousConferenceId).toBe(seeded);
  });
});
