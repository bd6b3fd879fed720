import announcementSchema from '../../../schemas/announcement.schema.json';
import commonSchema from '../../../schemas/common.schema.json';
import runbookSchema from '../../../schemas/runbook.schema.json';
import type { DocumentKind } from '../document-kind';

/** A JSON Schema node, as far as hover, completion and messages read it. */
export interface JsonSchema {
  $id?: string;
  $ref?: string;
  type?: string | string[];
  description?: string;
  examples?: unknown[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

/** The schemas bundled with the product: `schemas/` is the single source of truth for the shape. */
export const schemasByKind: Record<DocumentKind, JsonSchema> = {
  runbook: runbookSchema,
  announcement: announcementSchema,
};

export const common = commonSchema as JsonSchema;
