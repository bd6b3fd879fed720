// Types for on-first-use.mjs, which the activation-imports test uses as the build does.
import type { Plugin } from 'esbuild';

export const ON_FIRST_USE_ENTRY: string;
export const SERVER_ON_FIRST_USE_ENTRY: string;
/** The module's absolute path (no extension), or a package's name, → its name in the entry (src/client/on-first-use.ts unless given). */
export function onFirstUseModules(root?: string, entryPath?: string): Map<string, string>;
export const onFirstUseApart: Plugin;
export const serverOnFirstUseApart: Plugin;
