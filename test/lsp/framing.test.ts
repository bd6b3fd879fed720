import { strict as assert } from 'node:assert';
import { frame, RawServer } from './raw-server';

const hover = (id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/hover',
  params: {
    textDocument: { uri: 'file:///work/f.runbook.yaml' },
    position: { line: 0, character: 0 },
  },
});

/** Bytes whose framing is broken, and what the server must say about them on stderr. */
const BROKEN: Array<{ name: string; bytes: () => Buffer; reason: RegExp }> = [
  {
    name: 'a header without Content-Length',
    bytes: () => Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'),
    reason: /no Content-Length/,
  },
  {
    name: 'a Content-Length that is not a number',
    bytes: () => Buffer.from('Content-Length: twelve\r\n\r\n{}'),
    reason: /Content-Length "twelve" is not a number/,
  },
  {
    name: 'a header ending in LF alone',
    bytes: () => Buffer.from('Content-Length: 2\n\n{}'),
    reason: /LF alone/,
  },
  {
    name: 'garbage bytes where a header belongs',
    bytes: () => Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x0d, 0x0a, 0x0d, 0x0a]),
    reason: /byte 0xde where a header was expected/,
  },
  {
    // The body is cut short, and its rest is then read where the next header should be.
    name: 'a Content-Length too short',
    bytes: () => {
      const body = JSON.stringify(hover(2));
      return Buffer.concat([Buffer.from(`Content-Length: 10\r\n\r\n${body}`), frame(hover(3))]);
    },
    reason: /is not "Name: value"/,
  },
  {
    // The body swallows the next message's header.
    name: 'a Content-Length too long',
    bytes: () => {
      const body = JSON.stringify(hover(2));
      const next = frame(hover(3));
      return Buffer.concat([
        Buffer.from(`Content-Length: ${body.length + next.length}\r\n\r\n${body}`),
        next,
      ]);
    },
    reason: /runs into the next message/,
  },
  {
    name: 'a charset other than UTF-8',
    bytes: () =>
      Buffer.from('Content-Length: 2\r\nContent-Type: application/json; charset=latin1\r\n\r\n{}'),
    reason: /charset latin1 is not supported/,
  },
  {
    name: 'a header that never ends',
    bytes: () => Buffer.from(`X-Padding: ${'x'.repeat(5000)}`),
    reason: /no end of header/,
  },
];

describe('LSP over raw stdio: broken framing', () => {
  for (const broken of BROKEN) {
    it(`logs why and exits with code 1 on ${broken.name}`, async () => {
      const server = RawServer.start();
      try {
        await server.initialize();
        server.write(broken.bytes());
        assert.equal(await server.exited, 1, `exit code; stderr: ${server.stderr}`);
        assert.match(server.stderr, broken.reason);
        assert.match(server.stderr, /cannot read the message stream: .*Exiting/);
        assert.doesNotMatch(server.stderr, /\n\s+at /, 'a reason, not a stack trace');
      } finally {
        await server.stop();
      }
    });
  }

  it('reads a header split across writes, byte by byte, and answers', async () => {
    const server = RawServer.start();
    try {
      await server.initialize();
      for (const byte of frame(hover(7))) server.write(Buffer.from([byte]));
      const answer = await server.response(7);
      assert.equal((answer.error as { code: number }).code, -32602, 'the document is not open');
    } finally {
      await server.stop();
    }
  });
});
