// Types of scripts/cli-build-options.mjs for the TypeScript scripts that use it.
import type { BuildOptions } from 'esbuild';

export declare const nodeProgramOptions: BuildOptions;
