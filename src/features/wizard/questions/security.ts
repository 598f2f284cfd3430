import { choice, text, email, phone, yesNo, type QuestionPage } from './fields';

// 2. Security
export const SECURITY_PAGES: readonly QuestionPage[] = [
  {
    id: 'passwords',
    part: 'security',
    fields: [
      choice('security.passwordChange', 'passwordChange'),
      text('security.passwordManager', { width: 'medium' }),
      text('security.passwordKeeper'),
      yesNo('security.twoFactor', { recommended: true }),
    ],
  },
  {
    id: 'devices',
    part: 'security',
    fields: [
      choice('security.softwareUpdates', 'softwareUpdate'),
      choice('security.devices', 'deviceRule'),
      choice('security.personalUseAtWork', 'personalUseAtWork'),
    ],
  },
  {
    id: 'reporting',
    part: 'security',
    fields: [
      text('security.reportTo.name', { required: (a) => !a.security.reportTo.email }),
      email('security.reportTo.email'),
      phone('security.reportTo.phone'),
      yesNo('security.removeAccessSameDay', { recommended: true }),
    ],
  },
];
