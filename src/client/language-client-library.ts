// The language client library and the protocol's requests the client sends, as one module that
// the build bundles apart, into dist/language-client.js (esbuild.mjs): the extension loads it
// when it starts the client, and VS Code does not read it with the extension. Both in one bundle,
// so that they share one copy of vscode-jsonrpc, which compares request types by identity.
export * from 'vscode-languageclient/node';
export { PreviewRequest, SummaryRequest } from '../protocol/requests';
