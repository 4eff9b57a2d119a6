import { DomainError } from "@/lib/errors";

/** A refusal the API names for clients to branch on (problem `code`), e.g. "mfa_required". */
export class ApiRefusal extends DomainError {
  override readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message, status);
    this.code = code;
  }
}
