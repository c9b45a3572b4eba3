import { describe, expect, it } from 'vitest';
import openapi from '../../../docs/openapi.json';
import { MAX_VALIDITY_DAYS } from '../features/reward/RewardForm';
import {
  BONUS_POINTS_MAX,
  EXPIRY_MONTHS_MAX,
  EXPIRY_MONTHS_MIN,
  GESTURE_DESCRIPTION_MAX,
  GESTURE_MONTHS_MAX,
  GESTURE_POINTS_MAX,
  RETURN_WINDOW_DAYS_MAX,
  TIER_GRACE_DAYS_MAX,
} from './types';

// The types come from docs/openapi.json (schema.d.ts); its limits are values, which a type cannot carry, so the
// forms' copies of them are compared with the document here.
const { ProgrammeRequest: programme, RewardRequest: reward, GestureRequest: gesture } = openapi.components.schemas;

describe('limits of the forms', () => {
  it('are the limits of the API document', () => {
    expect(programme.properties.welcomeBonusPoints.maximum).toBe(BONUS_POINTS_MAX);
    expect(programme.properties.referralBonusReferrer.maximum).toBe(BONUS_POINTS_MAX);
    expect(programme.properties.referralBonusReferee.maximum).toBe(BONUS_POINTS_MAX);
    expect(programme.properties.expiryMonths.minimum).toBe(EXPIRY_MONTHS_MIN);
    expect(programme.properties.expiryMonths.maximum).toBe(EXPIRY_MONTHS_MAX);
    expect(programme.properties.tierGraceDays.maximum).toBe(TIER_GRACE_DAYS_MAX);
    expect(programme.properties.returnWindowDays.maximum).toBe(RETURN_WINDOW_DAYS_MAX);
    expect(reward.properties.validityDays.maximum).toBe(MAX_VALIDITY_DAYS);
    expect(gesture.properties.points.maximum).toBe(GESTURE_POINTS_MAX);
    expect(gesture.properties.months.maximum).toBe(GESTURE_MONTHS_MAX);
    expect(gesture.properties.description.maxLength).toBe(GESTURE_DESCRIPTION_MAX);
  });
});
