/** Where the editor tests find the checkout, put artifacts and keep their cache. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/paths.js';

export { repoRoot };
export const editorTestDir = join(repoRoot, 'test', 'editor');
export const artifactsDir = join(repoRoot, 'test', 'artifacts');
export const cacheDir = process.env.SOURCED_EDITOR_CACHE ?? join(homedir(), '.cache', 'sourced-editor');
export const chromiumPath = process.env.SOURCED_CHROMIUM ?? '/usr/bin/chromium';
