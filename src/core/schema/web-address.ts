import { common } from './schemas';

/**
 * The one rule for every link a file gives (`channels.status_page`, `channels.banner.url`): the
 * pattern of `webAddress` in schemas/common.schema.json, so that what the schema flags and what the
 * exports leave out are the same addresses. Compiled with the `u` flag, as Ajv compiles it.
 */
const WEB_ADDRESS = new RegExp(common.definitions?.webAddress?.pattern ?? '(?!)', 'u');

/** Whether `url` is an https://, http:// or mailto: address without spaces or control characters. */
export function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url);
}
