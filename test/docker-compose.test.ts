import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SUBGRAPHS } from '@shop/schema';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** docker-compose cannot run on the CI machine (no Docker engine), so its structure is checked here. */
const root = new URL('../', import.meta.url);
const compose = parse(readFileSync(new URL('docker-compose.yml', root), 'utf8'), { merge: true }) as {
  services: Record<
    string,
    {
      command?: string[];
      environment?: Record<string, string>;
      healthcheck?: { test: string[] };
      depends_on?: Record<string, { condition: string }>;
      build?: string;
      ports?: string[];
    }
  >;
};
const services = compose.services;
const POSTGRES_SUBGRAPHS = ['users', 'orders', 'payments', 'inventory', 'ai'];

describe('docker-compose.yml', () => {
  it('runs every store, every subgraph and the gateway as a service with a health check', () => {
    for (const name of ['postgres', 'mongodb', 'redis', 'elasticsearch', ...SUBGRAPHS.map((s) => s.name), 'gateway']) {
      expect(services[name], name).toBeDefined();
      expect(services[name]!.healthcheck?.test.length, `${name} healthcheck`).toBeGreaterThan(0);
    }
  });

  it('starts each subgraph from its own package entry point on its own port', () => {
    for (const s of SUBGRAPHS) {
      const service = services[s.name]!;
      expect(service.command).toEqual(['pnpm', '--filter', `@shop/${s.name}-subgraph`, 'start']);
      const pkg = JSON.parse(readFileSync(new URL(`subgraphs/${s.name}/package.json`, root), 'utf8'));
      expect(pkg.name).toBe(`@shop/${s.name}-subgraph`);
      expect(pkg.scripts.start).toBe('tsx src/main.ts');
      expect(existsSync(new URL(`subgraphs/${s.name}/src/main.ts`, root))).toBe(true);
      expect(service.environment?.PORT).toBe(String(s.port));
      expect(service.environment?.HOST).toBe('0.0.0.0');
      expect(service.environment?.REDIS_URL).toBe('redis://redis:6379');
    }
  });

  it('wires each subgraph to the store DESIGN.md gives it', () => {
    for (const name of POSTGRES_SUBGRAPHS) {
      expect(services[name]!.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
      expect(services[name]!.depends_on?.postgres?.condition).toBe('service_healthy');
    }
    expect(services.products!.environment?.MONGODB_URL).toMatch(/^mongodb:\/\/mongodb:27017\//);
    expect(services.products!.depends_on?.mongodb?.condition).toBe('service_healthy');
    expect(services.search!.environment?.ELASTICSEARCH_URL).toBe('http://elasticsearch:9200');
    expect(services.search!.depends_on?.elasticsearch?.condition).toBe('service_healthy');
  });

  it('passes every production secret through from the environment', () => {
    expect(services.payments!.environment?.PAYMENT_WEBHOOK_SECRET).toBe('${PAYMENT_WEBHOOK_SECRET:-}');
    for (const name of ['users', 'gateway']) expect(services[name]!.environment?.JWT_SECRET, name).toBe('${JWT_SECRET:-}');
  });

  it('points the gateway at every subgraph service and waits for them to be healthy', () => {
    const gateway = services.gateway!;
    expect(gateway.command).toEqual(['pnpm', '--filter', '@shop/gateway', 'start']);
    expect(gateway.ports).toContain('4000:4000');
    for (const s of SUBGRAPHS) {
      expect(gateway.environment?.[`SUBGRAPH_${s.name.toUpperCase()}_URL`]).toBe(`http://${s.name}:${s.port}/graphql`);
      expect(gateway.depends_on?.[s.name]?.condition).toBe('service_healthy');
    }
  });

  it('builds from a Dockerfile that installs every workspace package', () => {
    const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
    const workspace = readFileSync(new URL('pnpm-workspace.yaml', root), 'utf8');
    expect(workspace).toContain('subgraphs/*');
    const internal = readdirSync(new URL('internal/', root)).filter((d) => existsSync(new URL(`internal/${d}/package.json`, root)));
    expect(internal.length).toBeGreaterThanOrEqual(5);
    for (const dir of ['gateway', 'schema', 'packages/client', ...internal.map((d) => `internal/${d}`), ...SUBGRAPHS.map((s) => `subgraphs/${s.name}`)]) {
      expect(dockerfile).toContain(`COPY ${dir}/package.json ${dir}/`);
    }
    expect(dockerfile).toContain('pnpm install --frozen-lockfile');
  });
});
