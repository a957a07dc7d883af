import type { ExampleTab } from './examples';

/** What the browser half (explorer-client.js) needs; embedded in the page as JSON. */
export interface ExplorerPageConfig {
  /** Path of the HTTP endpoint; the graphql-ws endpoint is the same path on ws(s)://. */
  graphqlPath: string;
  /** Where to load the schema from instead of introspecting (production, where introspection is off). */
  schemaUrl?: string;
  tabs: ExampleTab[];
  /** Changes whenever the examples do: GraphiQL's saved tabs are kept per version, so new examples show up. */
  examplesVersion: string;
}

/** JSON safe inside a <script> element: no `</script>` or `<!--` can close or comment it out. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function renderExplorerPage(config: ExplorerPageConfig): string {
  const asset = (name: string) => `/explorer/assets/${name}`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Shop API explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${asset('graphiql.css')}" />
    <link rel="stylesheet" href="${asset('plugin-explorer.css')}" />
    <style>
      body { margin: 0; height: 100vh; overflow: hidden; }
      #explorer { height: 100vh; }
      #explorer-status { font: 14px system-ui, sans-serif; padding: 1rem; }
    </style>
  </head>
  <body>
    <div id="explorer"><p id="explorer-status">Loading the explorer…</p></div>
    <script id="explorer-config" type="application/json">${scriptJson(config)}</script>
    <script src="${asset('react.js')}"></script>
    <script src="${asset('react-dom.js')}"></script>
    <script src="${asset('graphiql.js')}"></script>
    <script src="${asset('plugin-explorer.js')}"></script>
    <script src="${asset('explorer.js')}"></script>
  </body>
</html>
`;
}
