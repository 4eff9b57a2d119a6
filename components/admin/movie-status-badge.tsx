import { Badge } from "@/components/ui/badge";
import type { MovieStatus } from "@/lib/catalog/admin-queries";

const labels = { "now-showing": ["Now showing", "success"], "coming-soon": ["Coming soon", "info"], archived: ["Archived", "neutral"] } as const;

export function MovieStatusBadge({ status }: { status: MovieStatus }) {
  const [label, tone] = labels[status];
  return <Badge tone={tone}>{label}</Badge>;
}
