/** What signing in yields: the short-lived JWT and the single-use refresh token that renews it. */
export interface Session {
  token: string;
  /** ISO 8601 instant the token expires at. */
  expiresAt: string;
  refreshToken?: string | null;
  refreshTokenExpiresAt?: string | null;
}

/** Renews a session with its refresh token; null when the server refused the refresh token. */
export type Refresher = (refreshToken: string) => Promise<Session | null>;

/**
 * Holds the session and renews it: shortly before the token expires (`marginMs`), or at once when
 * the API answers UNAUTHENTICATED. One renewal at a time — a refresh token is single use and the
 * users subgraph revokes the whole family when one is presented twice — so concurrent requests
 * wait for the same renewal.
 */
export class SessionKeeper {
  private current: Session | null;
  private renewal: Promise<Session | null> | null = null;

  constructor(
    initial: Session | null,
    private readonly refresher: Refresher,
    private readonly marginMs: number,
    private readonly onChange: (session: Session | null) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.current = initial;
  }

  get session(): Session | null {
    return this.current;
  }

  set(session: Session | null) {
    this.current = session;
    this.onChange(session);
  }

  /** The token to send now, renewed first when it expires within the margin (and can be renewed). */
  async token(): Promise<string | undefined> {
    const session = this.current;
    if (!session) return undefined;
    if (Date.parse(session.expiresAt) - this.now() > this.marginMs || !this.canRenew(session)) return session.token;
    return (await this.renew(session))?.token;
  }

  /**
   * Renews after the API refused `staleToken`; false when there is nothing to renew with (the
   * caller then reports UNAUTHENTICATED). A token renewed meanwhile by another request counts.
   */
  async renewAfterRefusal(staleToken: string | undefined): Promise<boolean> {
    const session = this.current;
    if (!session) return false;
    if (session.token !== staleToken) return true;
    if (!this.canRenew(session)) return false;
    return (await this.renew(session)) !== null;
  }

  private canRenew(session: Session): boolean {
    return Boolean(session.refreshToken) && (!session.refreshTokenExpiresAt || Date.parse(session.refreshTokenExpiresAt) > this.now());
  }

  private renew(session: Session): Promise<Session | null> {
    this.renewal ??= (async () => {
      try {
        const renewed = await this.refresher(session.refreshToken!);
        // Only if nobody signed in or out meanwhile.
        if (this.current === session) this.set(renewed);
        return this.current;
      } finally {
        this.renewal = null;
      }
    })();
    return this.renewal;
  }
}
