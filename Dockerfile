# One image for every service; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim
WORKDIR /app
RUN npm install -g pnpm@9.15.9
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
# The pnpm patches (postgres.js reconnect fix) are applied by the install.
COPY patches/ patches/
COPY gateway/package.json gateway/
COPY schema/package.json schema/
COPY internal/kit/package.json internal/kit/
COPY internal/stores/package.json internal/stores/
COPY internal/demo-data/package.json internal/demo-data/
COPY internal/testing/package.json internal/testing/
COPY internal/payment-cards/package.json internal/payment-cards/
# @shop/client: the gateway reads its manifest of registered documents (trusted documents).
COPY packages/client/package.json packages/client/
COPY subgraphs/users/package.json subgraphs/users/
COPY subgraphs/products/package.json subgraphs/products/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/payments/package.json subgraphs/payments/
COPY subgraphs/search/package.json subgraphs/search/
COPY subgraphs/inventory/package.json subgraphs/inventory/
COPY subgraphs/ai/package.json subgraphs/ai/
RUN pnpm install --frozen-lockfile
COPY . .
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 HOST=0.0.0.0
USER node
