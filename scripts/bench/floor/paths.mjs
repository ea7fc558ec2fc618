// Where the React-alone floor page is built and where its data is written, shared by its Vite
// config, its data script and the bench. Inside dist-bench/ (git-, lint- and prettier-ignored):
// the bench builds the app there first (emptying it), then the floor.
import { fileURLToPath } from 'node:url';

const repoPath = (path) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** The floor's source folder (Vite's root for it). */
export const FLOOR_ROOT = fileURLToPath(new URL('.', import.meta.url));
/** The floor's Vite config, for `vite build` / `vite preview --config`. */
export const FLOOR_CONFIG = fileURLToPath(new URL('./vite.config.mjs', import.meta.url));
/** The built floor page. */
export const FLOOR_OUT_DIR = repoPath('dist-bench/floor');
/** The users it serves (Vite's public folder for it: copied into the build as they are). */
export const FLOOR_DATA_DIR = repoPath('dist-bench/floor-data');
/** The first page of each scenario, inlined into the page (not served). */
export const FLOOR_FIRST_ROWS_FILE = repoPath('dist-bench/floor-first-rows.json');

/** The decided stack's floor page (weighed only): its source folder and its build. */
export const STACK_FLOOR_ROOT = fileURLToPath(new URL('./stack/', import.meta.url));
export const STACK_FLOOR_CONFIG = fileURLToPath(
  new URL('./stack/vite.config.mjs', import.meta.url),
);
export const STACK_FLOOR_OUT_DIR = repoPath('dist-bench/stack-floor');
