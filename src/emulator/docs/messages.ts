// DocumentApp's error texts.

/** openById / openByUrl for a Doc that does not exist or that the user cannot open. */
export const missingDocument = "Document is missing (perhaps it was deleted, or you don't have read access?)";
