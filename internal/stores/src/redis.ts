import { createClient, type RedisClientType } from 'redis';

export type { RedisClientType };

export async function openRedis(url: string): Promise<RedisClientType> {
  const client = createClient({ url }) as RedisClientType;
  client.on('error', () => {
    // node-redis reconnects by itself; errors surface on the commands that fail.
  });
  await client.connect();
  return client;
}
