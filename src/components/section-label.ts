import { translate } from '@docusaurus/Translate';

/** A section's name in the page's language (the search filter and the home page's cards). */
export function translateSectionLabel(sectionId: string, label: string): string {
  switch (sectionId) {
    case 'docs':
      return translate({ id: 'scs.section.docs', message: 'For Operators' });
    case 'user-docs':
      return translate({ id: 'scs.section.user-docs', message: 'For Users' });
    case 'contributor-docs':
      return translate({ id: 'scs.section.contributor-docs', message: 'For Contributors' });
    case 'standards':
      return translate({ id: 'scs.section.standards', message: 'Standards' });
    case 'community':
      return translate({ id: 'scs.section.community', message: 'Community' });
    default:
      return label;
  }
}
