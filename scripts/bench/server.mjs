// Builds the app into its own folder and serves it with `vite preview`. The bench keeps off dist/
// and port 4173: the end-to-end suite uses those and may be running at the same time.
import { execSync, spawn } from 'node:child_process';

export function buildApp(outDir) {
  // Vite's progress lines are noise here; its warnings and errors (stderr) still show.
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir`, {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Starts `vite preview` and resolves once `readyPath` answers; call stop() to end it (and its
 * children). `config`: a Vite config of its own (the floor page's), else the app's.
 */
export async function startPreview({ outDir, port, config, readyPath = '/users' }) {
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      ...(config ? ['--config', config] : []),
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
    ],
    // Its own process group, so stop() can end npx and the vite process under it together.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // Already gone.
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  };

  const url = `http://localhost:${port}`;
  try {
    await waitUntilServing(`${url}${readyPath}`, exited, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

async function waitUntilServing(url, exited, stderr) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`vite preview exited before serving ${url}:\n${stderr()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${stderr()}`);
}
