import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { configureFastPath } from '../core/yaml/parse-yaml';
import { startServer } from './start-server';
import { openTransport } from './transport/transport';

configureFastPath(process.env);

// The transport (--node-ipc from VS Code, --stdio for other editors and the protocol tests)
// is picked from the command line; transport/ keeps its framing and the protocol's order strict.
const { reader, writer } = openTransport(process.argv);
startServer(createConnection(ProposedFeatures.all, reader, writer));
