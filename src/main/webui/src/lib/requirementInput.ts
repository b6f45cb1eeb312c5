// The input that fits a requirement item when the platform submits it (submitRequirementInformation): the service
// checks the value; this only picks the control and says what is expected.
export type InputKind = 'date' | 'address' | 'mcc' | 'email' | 'phone' | 'url' | 'document' | 'text' | 'none';

export interface RequirementInput {
  kind: InputKind;
  hint: string;
}

export function inputFor(requirement: string): RequirementInput {
  const last = requirement.split('.').pop() ?? requirement;
  if (requirement === 'external_account' || requirement === 'representative' || requirement === 'owners_provided') {
    return { kind: 'none', hint: '' };
  }
  if (last === 'dob') return { kind: 'date', hint: 'Date of birth' };
  if (requirement === 'tos_acceptance.date') return { kind: 'date', hint: 'Date the terms were accepted' };
  if (last === 'address') return { kind: 'address', hint: 'Postal address' };
  if (last === 'mcc') return { kind: 'mcc', hint: '4 digits, like 5734' };
  if (last === 'email') return { kind: 'email', hint: 'name@example.com' };
  if (last === 'phone' || last === 'support_phone') return { kind: 'phone', hint: 'E.164, like +14155550123' };
  if (last === 'url') return { kind: 'url', hint: 'https://…' };
  if (last === 'document' || last === 'additional_document') {
    return { kind: 'document', hint: "The provider's file id, like file_1a2B3c4D" };
  }
  return { kind: 'text', hint: '' };
}

export interface AddressValue {
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  state: string;
  country: string;
}

/** The JSON the service expects for an address item; empty optional lines left out. */
export function addressValue(address: AddressValue): string {
  const value: Record<string, string> = {
    line1: address.line1.trim(),
    city: address.city.trim(),
    postalCode: address.postalCode.trim(),
    country: address.country.trim().toUpperCase(),
  };
  if (address.line2.trim()) value.line2 = address.line2.trim();
  if (address.state.trim()) value.state = address.state.trim();
  return JSON.stringify(value);
}
