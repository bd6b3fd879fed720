// Makes the repository an installed extension of a code-server extensions folder: a symbolic
// link plus an entry in extensions.json (docs/testing.md). Unlike the test payload, this keeps toasts and
// workspace trust as users see them, and a rebuild plus a page reload picks up changes.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Links the repository into `extensionsDir` and lists it there; returns the extension's id. */
export function linkDevelopmentExtension(extensionsDir) {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = `${id}-${manifest.version}`;
  const link = join(extensionsDir, folder);
  mkdirSync(extensionsDir, { recursive: true });
  if (lstatSync(link, { throwIfNoEntry: false })) rmSync(link, { recursive: false, force: true });
  symlinkSync(ROOT, link, 'dir');

  const listing = join(extensionsDir, 'extensions.json');
  const others = existsSync(listing)
    ? JSON.parse(readFileSync(listing, 'utf8')).filter((entry) => entry.identifier?.id !== id)
    : [];
  const entry = {
    identifier: { id },
    version: manifest.version,
    location: { $mid: 1, path: link, scheme: 'file' },
    relativeLocation: folder,
    metadata: { installedTimestamp: Date.now(), source: 'vsix' },
  };
  writeFileSync(listing, JSON.stringify([...others, entry]));
  return id;
}
