// Types for on-first-use.mjs, which the activation-imports test uses as the build does.
import type { Plugin } from 'esbuild';

export const ON_FIRST_USE_ENTRY: string;
/** The module's absolute path (no extension) → its name in src/client/on-first-use.ts. */
export function onFirstUseModules(root?: string): Map<string, string>;
export const onFirstUseApart: Plugin;
