import type { DemoKit } from './demo-kit';
import { bookingSagaKit } from './kits/booking-saga-kit';
import { invoicePdfKit } from './kits/invoice-pdf-kit';
import { monthlyBillingKit } from './kits/monthly-billing-kit';
import { nightlyBackupKit } from './kits/nightly-backup-kit';
import { orderProcessingKit } from './kits/order-processing-kit';
import { userOnboardingKit } from './kits/user-onboarding-kit';
import type { DemoWorkflowName } from './workflows';

/** The six workflows' inputs, scenarios and handlers. */
export const demoKits: readonly DemoKit[] = [orderProcessingKit, monthlyBillingKit, nightlyBackupKit, invoicePdfKit, bookingSagaKit, userOnboardingKit] as DemoKit[];

export const demoKitByWorkflow = new Map<DemoWorkflowName, DemoKit>(demoKits.map((kit) => [kit.workflow, kit]));
