import type { Metadata } from "next";
import Link from "next/link";
import { UserRowActions } from "@/components/auth/admin/user-row-actions";
import { requireAdminPage } from "@/lib/auth/dal";
import { userListQuerySchema } from "@/lib/auth/schemas";
import { listUsers } from "@/lib/auth/user-admin";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

const joined = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function statusLabel(user: { disabledAt: Date | null; emailVerified: Date | null }) {
  return user.disabledAt ? "Disabled" : user.emailVerified ? "Active" : "Unconfirmed email";
}

export default async function AdminUsersPage({ searchParams }: PageProps<"/admin/users">) {
  const admin = await requireAdminPage("/admin/users");
  const { q = "", page = 1 } = userListQuerySchema.parse(await searchParams);
  const { rows, total, pageCount } = await listUsers({ query: q, page });
  const pageHref = (target: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">Users</h1>
      <form role="search" className="flex max-w-lg gap-2" action="/admin/users">
        <label htmlFor="user-search" className="sr-only">
          Search users by name or email
        </label>
        <input
          id="user-search"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Name or email"
          className="min-h-10 flex-1 rounded-md border border-zinc-300 px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Search
        </button>
      </form>
      <p className="text-sm text-zinc-600" aria-live="polite">
        {total === 1 ? "1 user" : `${total} users`}
        {q ? ` matching “${q}”` : ""}
      </p>
      <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-zinc-50 text-zinc-600">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">User</th>
              <th scope="col" className="px-4 py-3 font-semibold">Role</th>
              <th scope="col" className="hidden px-4 py-3 font-semibold sm:table-cell">Status</th>
              <th scope="col" className="hidden px-4 py-3 font-semibold md:table-cell">Joined</th>
              <th scope="col" className="px-4 py-3 font-semibold">Actions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200">
            {rows.map((user) => (
              <tr key={user.id}>
                <td className="px-3 py-3 sm:px-4">
                  <div className="font-medium">{user.name}</div>
                  <div className="break-all text-zinc-600">{user.email}</div>
                  <div className="text-zinc-600 sm:hidden">{statusLabel(user)}</div>
                </td>
                <td className="px-4 py-3 capitalize">{user.role}</td>
                <td className="hidden px-4 py-3 sm:table-cell">{statusLabel(user)}</td>
                <td className="hidden px-4 py-3 whitespace-nowrap md:table-cell">{joined.format(user.createdAt)}</td>
                <td className="px-4 py-3">
                  <UserRowActions
                    user={{ id: user.id, email: user.email, role: user.role, disabled: Boolean(user.disabledAt) }}
                    isSelf={user.id === admin.id}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="px-4 py-6 text-zinc-600">No users match that search.</p> : null}
      </div>
      {pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-4 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)} className="font-medium text-brand-700 hover:underline">Previous page</Link> : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={pageHref(page + 1)} className="font-medium text-brand-700 hover:underline">Next page</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
