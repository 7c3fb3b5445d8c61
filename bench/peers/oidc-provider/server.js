// The peer for `cargo xtask bench`: node-oidc-provider with the smallest configuration that
// serves a token endpoint, so start-up and idle memory are measured on equal terms with Tessera.
//
//   node server.js PORT        (or PORT=... node server.js)
//
// Storage is oidc-provider's built-in in-memory adapter (no `adapter` option), signing keys are
// its built-in development keys (no `jwks` option), and there is one confidential client for the
// client_credentials grant. Listens on 127.0.0.1 only. oidc-provider 9 warns "Unsupported
// runtime" on Node 20; it runs fine there.
import Provider from 'oidc-provider';

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`usage: node server.js PORT (got ${process.argv[2] ?? process.env.PORT})`);
  process.exit(2);
}

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: 'bench',
      client_secret: 'bench-secret-not-used-outside-this-benchmark',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ],
  features: {
    clientCredentials: { enabled: true },
    introspection: { enabled: true },
    devInteractions: { enabled: false },
  },
});

const server = provider.listen(port, '127.0.0.1', () => {
  console.error(`oidc-provider is ready on http://127.0.0.1:${port}`);
});

function stop() {
  server.close(() => process.exit(0));
  // Keep-alive sockets could hold close() open; the benchmark waits for the exit.
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
