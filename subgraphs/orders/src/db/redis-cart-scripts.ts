/**
 * Lua scripts of the Redis cart store. Each change runs as one script, so it is atomic: concurrent
 * addCartLine calls cannot lose units and a limit cannot be overshot. A cart is one JSON document
 * (`<prefix>id:<cartId>`, expiring after the TTL, refreshed on every write); a customer's current
 * cart is named by `<prefix>owner:<customerId>`. Scripts answer JSON: `{ ok, cart }` or `{ error }`.
 * The owner's cart key is derived inside the scripts, which suits a single Redis node (not a cluster).
 */

const PRELUDE = `
local function load(key)
  local raw = redis.call('GET', key)
  if not raw then return nil end
  local cart = cjson.decode(raw)
  if type(cart.lines) ~= 'table' then cart.lines = {} end
  return cart
end
local function find(cart, field, value)
  for _, line in ipairs(cart.lines) do
    if line[field] == value then return line end
  end
  return nil
end
local function next_line_no(cart)
  local n = 0
  for _, line in ipairs(cart.lines) do
    if line.lineNo > n then n = line.lineNo end
  end
  return n + 1
end
local function save(key, cart, owner_prefix, now, expires_at, ttl)
  cart.updatedAt = now
  cart.expiresAt = expires_at
  redis.call('SET', key, cjson.encode(cart), 'EX', ttl)
  if cart.customerId ~= cjson.null and cart.customerId ~= nil then
    redis.call('SET', owner_prefix .. cart.customerId, cart.id, 'EX', ttl)
  end
  return cjson.encode({ ok = true, cart = cart })
end
-- The cart a change applies to: the owner's current cart when an owner is given and has one,
-- else the cart at key, else a new cart from create_json (nil when there is none to create).
local function target(key, owner_prefix, id_prefix, owner, create_json)
  if owner ~= '' then
    local current = redis.call('GET', owner_prefix .. owner)
    if current then
      local cart = load(id_prefix .. current)
      if cart then return id_prefix .. current, cart end
    end
  end
  local cart = load(key)
  if cart then return key, cart end
  if create_json == '' then return key, nil end
  cart = cjson.decode(create_json)
  cart.lines = {}
  return key, cart
end
local function failure(code, quantity)
  return cjson.encode({ ok = false, error = code, quantity = quantity })
end
`;

/** KEYS: cart. ARGV: ownerPrefix, idPrefix, owner|'', createJson|'', lineId, productId, variantId, quantity, limit|'', now, expiresAt, ttl. */
export const ADD_LINE = `${PRELUDE}
local key, cart = target(KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
if not cart then return failure('CART_NOT_FOUND') end
local quantity = tonumber(ARGV[8])
local limit = tonumber(ARGV[9])
local line = find(cart, 'variantId', ARGV[7])
local current = line and line.quantity or 0
if limit and current + quantity > limit then return failure('LIMIT_EXCEEDED', current) end
if line then
  line.quantity = current + quantity
else
  table.insert(cart.lines, { id = ARGV[5], lineNo = next_line_no(cart), productId = ARGV[6], variantId = ARGV[7], quantity = quantity })
end
return save(key, cart, ARGV[1], ARGV[10], ARGV[11], ARGV[12])
`;

/** KEYS: cart. ARGV: ownerPrefix, lineId, quantity, limit|'', now, expiresAt, ttl. */
export const SET_LINE_QUANTITY = `${PRELUDE}
local cart = load(KEYS[1])
if not cart then return failure('CART_NOT_FOUND') end
local quantity = tonumber(ARGV[3])
local limit = tonumber(ARGV[4])
local line = find(cart, 'id', ARGV[2])
if not line then return failure('LINE_NOT_FOUND') end
if limit and quantity > limit then return failure('LIMIT_EXCEEDED', line.quantity) end
if quantity == 0 then
  for i, l in ipairs(cart.lines) do
    if l.id == ARGV[2] then table.remove(cart.lines, i) break end
  end
else
  line.quantity = quantity
end
return save(KEYS[1], cart, ARGV[1], ARGV[5], ARGV[6], ARGV[7])
`;

/**
 * KEYS: source, target. ARGV: ownerPrefix, idPrefix, owner|'', targetCreateJson, capsJson, maxLineQuantity, now, expiresAt, ttl.
 * Same rule as mergedQuantity() in src/domain/cart-lines.ts.
 */
export const MERGE = `${PRELUDE}
local source = load(KEYS[1])
if not source then return failure('CART_NOT_FOUND') end
local key, cart = target(KEYS[2], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
local caps = cjson.decode(ARGV[5])
local max_line = tonumber(ARGV[6])
for _, incoming in ipairs(source.lines) do
  local cap = caps[incoming.variantId]
  if cap == nil or cap > max_line then cap = max_line end
  local line = find(cart, 'variantId', incoming.variantId)
  local have = line and line.quantity or 0
  local quantity = math.max(have, math.min(have + incoming.quantity, cap))
  if line then
    line.quantity = quantity
  elseif quantity > 0 then
    table.insert(cart.lines, { id = incoming.id, lineNo = next_line_no(cart), productId = incoming.productId, variantId = incoming.variantId, quantity = quantity })
  end
end
redis.call('DEL', KEYS[1])
return save(key, cart, ARGV[1], ARGV[7], ARGV[8], ARGV[9])
`;

/** KEYS: cart. ARGV: ownerPrefix. Forgets the owner's pointer only when it names this cart. */
export const DELETE = `${PRELUDE}
local cart = load(KEYS[1])
if not cart then return 0 end
if cart.customerId ~= cjson.null and cart.customerId ~= nil then
  local owner = ARGV[1] .. cart.customerId
  if redis.call('GET', owner) == cart.id then redis.call('DEL', owner) end
end
return redis.call('DEL', KEYS[1])
`;
