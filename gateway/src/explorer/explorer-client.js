/* global React, ReactDOM, GraphiQL, GraphiQLPluginExplorer, document, location, fetch, URL */
// The explorer page's own script, served as is (no build step): GraphiQL with the docs, history
// and explorer plugins, HTTP for queries and mutations, graphql-ws on the same path for
// subscriptions, and the example operations as tabs. Headers typed in the headers editor go on
// every HTTP request and into the socket's connection_init payload (where the gateway reads
// `Authorization`).
(function startExplorer() {
  const config = JSON.parse(document.getElementById('explorer-config').textContent);
  const container = document.getElementById('explorer');
  const ws = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const fetcher = GraphiQL.createFetcher({
    url: new URL(config.graphqlPath, location.href).href,
    subscriptionUrl: `${ws}//${location.host}${config.graphqlPath}`,
  });

  function render(schema) {
    const props = {
      fetcher,
      plugins: [GraphiQLPluginExplorer.explorerPlugin()],
      defaultTabs: config.tabs.map((tab) => ({ query: tab.query })),
      defaultEditorToolsVisibility: 'headers',
      defaultHeaders: '{}',
      // Tokens stay out of localStorage.
      shouldPersistHeaders: false,
      // Saved tabs belong to one set of examples: when schema/operations/ changes, the new ones show.
      storage: GraphiQL.createLocalStorage({ namespace: `shop-explorer-${config.examplesVersion}` }),
    };
    // A given schema stops GraphiQL from sending an introspection query.
    if (schema) props.schema = schema;
    ReactDOM.createRoot(container).render(React.createElement(GraphiQL, props));
  }

  function fail(message) {
    container.textContent = '';
    const p = document.createElement('p');
    p.id = 'explorer-status';
    p.textContent = message;
    container.appendChild(p);
  }

  if (!config.schemaUrl) return render(undefined);
  // Production: introspection is off, so the schema comes from the published SDL.
  fetch(config.schemaUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`${config.schemaUrl} answered ${res.status}`);
      return res.text();
    })
    .then((sdl) => render(GraphiQL.GraphQL.buildSchema(sdl)))
    .catch((error) => fail(`The schema could not be loaded: ${error.message}`));
})();
