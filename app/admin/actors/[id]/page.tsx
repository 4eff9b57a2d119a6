import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonDetails } from "@/components/admin/person-details";
import { requireAdminPage } from "@/lib/auth/dal";
import { isUuid } from "@/lib/admin/ids";
import { getActor } from "@/lib/catalog/admin-queries";
import { ageOn } from "@/lib/catalog/age";
import { now } from "@/lib/clock";
import { deleteActorAction } from "../actions";

export const metadata: Metadata = { title: "Actor" };

export default async function ActorPage({ params }: PageProps<"/admin/actors/[id]">) {
  const { id } = await params;
  await requireAdminPage(`/admin/actors/${id}`);
  const actor = isUuid(id) ? await getActor(id) : null;
  if (!actor) notFound();
  return (
    <PersonDetails
      person={actor}
      noun="actor"
      listPath="/admin/actors"
      listLabel="Actors"
      facts={[{ term: "Born", value: actor.birthDate ? `${actor.birthDate} (age ${ageOn(actor.birthDate, now())})` : "Unknown" }]}
      deleteAction={deleteActorAction.bind(null, { id: actor.id })}
      linkedMovies={(count) => `will be removed from the cast of ${count} ${count === 1 ? "movie" : "movies"}`}
      noMovies={{ onDelete: "is not in any movie", list: "Not in any movie yet. Add the actor to a movie's cast from the movie's page." }}
    />
  );
}
