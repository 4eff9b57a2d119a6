import { oauthSignInAction } from "@/app/(auth)/actions";
import { buttonClasses } from "@/components/ui/button";

/** One button per configured OAuth provider; nothing at all when none is configured. */
export function OAuthButtons({
  providers,
  callbackUrl,
  divider = true,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
  /** The "or" line that separates the buttons from a password form above them. */
  divider?: boolean;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-3">
      {divider ? <OrDivider /> : null}
      {providers.map((provider) => (
        <form key={provider.id} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={buttonClasses("secondary", "w-full")}>
            Continue with {provider.name}
          </button>
        </form>
      ))}
    </div>
  );
}

/** The "or" line between a form and the other ways to do the same. */
export function OrDivider() {
  return (
    <div className="flex items-center gap-3 text-sm text-zinc-500" aria-hidden="true">
      <span className="h-px flex-1 bg-zinc-200" />
      or
      <span className="h-px flex-1 bg-zinc-200" />
    </div>
  );
}
