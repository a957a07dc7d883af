import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type RouteHandler } from '@shop/kit';
import type { ProductStore } from '../db/product-store';
import { renderProductImage } from '../domain/product-image';

/** Every path the products subgraph serves images under; the gateway forwards this prefix here. */
export const IMAGES_PATH_PREFIX = '/images/';
/** Product pictures: `/images/products/<product id>-<view>.svg`. */
export const PRODUCT_IMAGES_PATH = `${IMAGES_PATH_PREFIX}products/`;

/** A product id (demo `prd_0001`, admin-made `prd_<uuid>`) and a view number; nothing else reaches the store. */
const PRODUCT_IMAGE_FILE = /^(prd_[A-Za-z0-9_-]{1,64})-([1-9][0-9]?)\.svg$/;

/** If-None-Match holds a list of (possibly weak) tags, or `*`. */
const matchesEtag = (header: string | undefined, etag: string) =>
  header !== undefined && header.split(',').some((tag) => [etag, `W/${etag}`, '*'].includes(tag.trim()));

const notFound = (res: ServerResponse) => sendJson(res, 404, { error: 'not found' });

/**
 * GET/HEAD of a generated product picture. A file exists when its product exists and lists that
 * exact URL among its images, so every image URL the API returns for such a product answers, and
 * anything else (unknown products, views, extensions, encoded or traversing paths) is a 404. No
 * file system is involved: the picture is drawn from the product.
 */
export function productImageRoute(store: ProductStore): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    const pathname = new URL(req.url ?? '/', 'http://products').pathname;
    const match = pathname.startsWith(PRODUCT_IMAGES_PATH) ? PRODUCT_IMAGE_FILE.exec(pathname.slice(PRODUCT_IMAGES_PATH.length)) : null;
    if (!match) return notFound(res);
    const [product] = await store.findByIds([match[1]!]);
    if (!product?.images.some((image) => image.url === pathname)) return notFound(res);

    const svg = renderProductImage({ name: product.name, brand: product.brand, categoryId: product.categoryId, view: Number(match[2]) });
    const etag = `"${createHash('sha256').update(svg).digest('base64url').slice(0, 22)}"`;
    res.setHeader('etag', etag);
    // Short-lived: an admin may rename the product; revalidation is cheap thanks to the ETag.
    res.setHeader('cache-control', 'public, max-age=3600');
    res.setHeader('x-content-type-options', 'nosniff');
    // Opened directly, an SVG is a document: it may run nothing and load nothing.
    res.setHeader('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      return void res.end();
    }
    res.statusCode = 200;
    res.setHeader('content-type', 'image/svg+xml');
    res.setHeader('content-length', Buffer.byteLength(svg));
    res.end(req.method === 'HEAD' ? undefined : svg);
  };
}
