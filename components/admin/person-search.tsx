"use client";

import { useEffect, useId, useState } from "react";
import { searchPeopleAction } from "@/app/admin/movies/actions";

type Person = { id: string; name: string };

/**
 * Search-as-you-type for the cast and producer pickers: the server returns up to 20 names, so this
 * works with 100,000 people. Each match is a real button ("Add Ann Lee").
 */
export function PersonSearch({
  kind,
  label,
  exclude,
  onPick,
}: {
  kind: "actor" | "producer";
  label: string;
  exclude: string[];
  onPick: (person: Person) => void;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Person[]>([]);
  const [searched, setSearched] = useState(false);
  useEffect(() => {
    if (!q.trim()) return;
    let current = true;
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(async () => {
      const result = await searchPeopleAction({ kind, q });
      if (current && result.ok) {
        setResults(result.data ?? []);
        setSearched(true);
      }
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, q]);
  const shown = q.trim() ? results.filter((p) => !exclude.includes(p.id)) : [];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={q}
        autoComplete="off"
        onChange={(e) => {
          setQ(e.target.value);
          setSearched(false);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
        className="min-h-10 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
      />
      <div aria-live="polite" className="flex flex-wrap gap-2">
        {shown.map((person) => (
          <button
            key={person.id}
            type="button"
            onClick={() => {
              onPick(person);
              setQ("");
              setResults([]);
            }}
            className="rounded-full border border-zinc-300 bg-white px-3 py-1 text-sm hover:bg-brand-50"
            aria-label={`Add ${person.name}`}
          >
            + {person.name}
          </button>
        ))}
        {q.trim() && searched && shown.length === 0 ? <p className="text-sm text-zinc-600">No one found.</p> : null}
      </div>
    </div>
  );
}
