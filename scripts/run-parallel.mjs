// Runs npm scripts side by side and fails if any of them fails: `npm test` lints and
// type-checks at once, as each uses one core. Each script's output is printed when it ends.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Usage: node scripts/run-parallel.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

const runs = names.map(
  (name) =>
    new Promise((resolve) => {
      const child = spawn('npm', ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', (error) => resolve({ name, code: 1, output: `${output}${error}\n` }));
      child.on('close', (code, signal) =>
        resolve({ name, code: code ?? (signal ? 1 : 0), output }),
      );
    }),
);

let failed = false;
for (const run of runs) {
  const { name, code, output } = await run;
  process.stdout.write(output);
  if (code !== 0) {
    failed = true;
    console.error(`\n${name} failed (exit ${code}).`);
  }
}
process.exit(failed ? 1 : 0);
