// oidc-provider ships no types; this is the little of its API the test provider uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  type Account = { accountId: string; claims(): Promise<Record<string, unknown>> };
  type Configuration = {
    clients?: Record<string, unknown>[];
    claims?: Record<string, string[]>;
    pkce?: { required?: () => boolean };
    conformIdTokenClaims?: boolean;
    findAccount?: (context: unknown, id: string) => Promise<Account>;
    cookies?: { keys?: string[] };
  };

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    listen(port: number, callback?: () => void): Server;
  }
}
