import type { Provider } from "next-auth/providers";
import Facebook from "next-auth/providers/facebook";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";
import { githubProfileWithVerifiedEmail } from "./github-email";

type OAuthOption = { id: string; name: string };

/** The OAuth providers whose client id and secret are configured, in the order shown on /sign-in. */
export function oauthProviders(): Provider[] {
  const providers: Provider[] = [];
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  }
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(
      GitHub({
        clientId: env.AUTH_GITHUB_ID,
        clientSecret: env.AUTH_GITHUB_SECRET,
        userinfo: { url: "https://api.github.com/user", request: githubProfileWithVerifiedEmail },
      }),
    );
  }
  if (env.AUTH_FACEBOOK_ID && env.AUTH_FACEBOOK_SECRET) {
    providers.push(Facebook({ clientId: env.AUTH_FACEBOOK_ID, clientSecret: env.AUTH_FACEBOOK_SECRET }));
  }
  if (env.AUTH_TEST_OIDC_ISSUER && env.AUTH_TEST_OIDC_ID && env.AUTH_TEST_OIDC_SECRET) {
    providers.push({
      id: "test-oidc",
      name: "Test identity provider",
      type: "oidc",
      issuer: env.AUTH_TEST_OIDC_ISSUER,
      clientId: env.AUTH_TEST_OIDC_ID,
      clientSecret: env.AUTH_TEST_OIDC_SECRET,
      checks: ["pkce", "state", "nonce"],
    });
  }
  return providers;
}

/** What the sign-in page renders a button for. */
export function oauthOptions(): OAuthOption[] {
  return oauthProviders().map((provider) => {
    const options = typeof provider === "function" ? provider() : provider;
    return { id: options.id, name: options.name };
  });
}
