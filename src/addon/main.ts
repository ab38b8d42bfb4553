// The bundle's root: esbuild exposes these exports as the global PLGHub.
export { entryPoints } from './entry-points';
