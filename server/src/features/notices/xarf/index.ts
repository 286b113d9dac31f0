/** What the notices code may use of the XARF v4 part: build a report, check it, and the words. */

export { buildXarfReport } from './xarf.ts';
export {
  XARF_CONTENT_TYPES_USED,
  XARF_CSAM_CLASSIFICATIONS,
  XARF_CSAM_MEDIA_TYPES,
  XARF_CSEM_EXPLOITATION_TYPES,
  XARF_VERSION,
  type XarfContact,
  type XarfContentType,
  type XarfCsamClassification,
  type XarfCsamMediaType,
  type XarfCsamReport,
  type XarfCsemExploitationType,
  type XarfCsemReport,
  type XarfHotline,
  type XarfInput,
  type XarfMediaHash,
  type XarfReport,
} from './xarf.types.ts';
export { hasXarfType, XARF_TYPE_BY_CATEGORY, type XarfTypeChoice, xarfTypeFor } from './xarf-mapping.ts';
export { validateXarf, type XarfValidation, xarfContentTypes } from './xarf-validate.ts';
