import { DEMO_CREDENTIALS } from '@shop/demo-data';
import { closeOnSignal, runMain } from '@shop/kit';
import { launcherOptions } from './launcher-config';
import { startStack, waitUntilReady } from './stack';

/** `pnpm start`: the whole platform in one process, on embedded stores unless URLs are set. */
runMain(async () => {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const options = launcherOptions(process.env);
  const { logger, production } = options;
  const started = Date.now();
  const stack = await startStack(options);
  // "Ready" means ready to shop: search and recommendations are built from the seeding events,
  // so wait for the gateway's /ready (every subgraph caught up), not merely for the ports.
  logger.info('listening; waiting for search and recommendations to catch up with the events', { ready: stack.readyUrl });
  await waitUntilReady(stack.readyUrl);
  const lines = [
    '',
    `Shop supergraph ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  gateway    ${stack.gateway.url}   (health: ${stack.gateway.url.replace('/graphql', '/health')}, ready: ${stack.readyUrl})`,
    ...Object.values(stack.subgraphs).map((s) => `  ${s.name.padEnd(10)} ${s.url}`),
    '',
    production ? '' : `  Demo sign-in (local only, refused in production): ${DEMO_CREDENTIALS.admin.email} / ${DEMO_CREDENTIALS.admin.password}`,
    production ? '' : `                                                   ${DEMO_CREDENTIALS.support.email} / ${DEMO_CREDENTIALS.support.password}`,
    production ? '' : `                                                   ${DEMO_CREDENTIALS.customer.email} / ${DEMO_CREDENTIALS.customer.password}`,
    production ? '' : `  Test cards: 4242 4242 4242 4242 (approved), 4000 0000 0000 0002 (declined) — see docs/commerce-flow.md`,
    `  Live updates: graphql-ws on ${stack.gateway.url.replace('http', 'ws')}`,
    `  Schema (SDL): ${stack.gateway.url.replace('/graphql', '/schema.graphql')}`,
    (options.gateway?.explorer ?? !production) ? `  Explorer:     ${stack.gateway.url.replace('/graphql', '/explorer')}` : '',
    `  Trusted documents: ${options.gateway?.trustedDocuments ?? (production ? 'enforce' : 'off')} (TRUSTED_DOCUMENTS; see docs/trusted-documents.md)`,
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  closeOnSignal(logger, () => stack.close());
});
