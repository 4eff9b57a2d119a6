import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/admin/delete-button";
import { PageHeader } from "@/components/admin/page-header";
import { ScreenForm } from "@/components/admin/screen-form";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getScreen } from "@/lib/venues/admin-queries";
import { deleteScreenAction } from "../../../actions";

export const metadata: Metadata = { title: "Screen" };

export default async function ScreenPage({ params }: PageProps<"/admin/cinemas/[id]/screens/[screenId]">) {
  const { id, screenId } = await params;
  await requireAdminPage(`/admin/cinemas/${id}/screens/${screenId}`);
  const screen = isUuid(screenId) ? await getScreen(screenId) : null;
  if (!screen || screen.cinemaId !== id) notFound();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={`${screen.name} · ${screen.cinemaName}`}
        back={{ href: `/admin/cinemas/${screen.cinemaId}`, label: screen.cinemaName }}
        actions={
          <ConfirmActionButton
            label="Delete screen"
            title={`Delete ${screen.name}?`}
            confirmLabel="Delete screen"
            pendingLabel="Deleting…"
            successMessage={`${screen.name} was deleted.`}
            redirectTo={`/admin/cinemas/${screen.cinemaId}`}
            action={deleteScreenAction.bind(null, { id: screen.id })}
          >
            The screen and its seats are removed. A screen that has showtimes cannot be deleted.
          </ConfirmActionButton>
        }
      />
      <ScreenForm cinemaId={screen.cinemaId} screen={screen} />
    </div>
  );
}
