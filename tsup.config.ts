import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', data: 'src/data.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // The CLI is built by the next entry at the same time: cleaning must leave it alone.
    clean: ['!cli.js'],
    sourcemap: false,
    target: 'es2022',
    splitting: true,
    treeshake: true,
  },
  {
    // The `secpress` executable: one ES module (it is also the worker threads' script).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    splitting: false,
    treeshake: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
