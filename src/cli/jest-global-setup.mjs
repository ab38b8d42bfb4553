// Builds build/Code.js once before the tests that load the real bundle.
import { buildAddon } from './build.mjs';

export default async function () {
  await buildAddon();
}
