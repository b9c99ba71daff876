import { byteLength } from './compose-alert.js';

/** SNS takes a message of up to 256 KiB, its attributes included. */
export const SNS_MESSAGE_BYTES = 256 * 1024;

/** One SNS message attribute, as the Publish request's MessageAttributes carry it. */
export interface SnsAttribute {
  DataType: 'String' | 'String.Array';
  StringValue: string;
}

/** SNS MessageAttributes: what subscription filter policies select on. */
export type SnsMessageAttributes = Record<string, SnsAttribute>;

/**
 * The MessageAttributes of a publish, from plain values: a string becomes a
 * String attribute, a list a String.Array (a JSON array, which filter
 * policies match element by element). Empty values are left out: SNS refuses
 * an empty String and no filter policy can match an empty list. The SNS
 * publisher sends exactly this, and the command line prints it, so what a
 * local run shows is what a subscription's filter sees.
 */
export function snsAttributes(values: Readonly<Record<string, string | readonly string[]>>): SnsMessageAttributes {
  const attributes: SnsMessageAttributes = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      if (value) attributes[name] = { DataType: 'String', StringValue: value };
    } else if (value.length > 0) {
      attributes[name] = { DataType: 'String.Array', StringValue: JSON.stringify(value) };
    }
  }
  return attributes;
}

/** What the attributes weigh against SNS's 256 KiB message limit: each name, data type and value, in bytes. */
export function attributesByteLength(attributes: SnsMessageAttributes): number {
  let n = 0;
  for (const [name, a] of Object.entries(attributes))
    n += byteLength(name) + byteLength(a.DataType) + byteLength(a.StringValue);
  return n;
}
