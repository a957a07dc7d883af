import type { QueryResolvers } from '../__generated__/resolvers-types';
import { assertStaff } from '../domain/access';
import { decimalPrice, forecastWeeks, suggestionCount } from '../domain/model-arguments';
import type { ForecastResult } from '../domain/models/demand-forecast';

const forecast = (f: ForecastResult & { weekStarts: number[] }) => ({
  model: f.model,
  points: f.points.map((p, i) => ({ weekStart: new Date(f.weekStarts[i]!).toISOString(), value: p.value, lower: p.lower, upper: p.upper })),
  backtest: { weeks: f.backtest.weeks, mase: f.backtest.mase, seasonalNaiveMase: f.backtest.baselineMase, coverage: f.backtest.coverage },
});

/** Staff-only model queries: forecasts and price suggestions. */
export const modelQueries: Pick<QueryResolvers, 'demandForecast' | 'revenueForecast' | 'priceSuggestions'> = {
  demandForecast: async (_, { productId, weeks }, { identity, models }) => {
    assertStaff(identity);
    const result = await models.demandForecast(productId, forecastWeeks(weeks));
    return result && forecast(result);
  },
  revenueForecast: async (_, { weeks }, { identity, models }) => {
    assertStaff(identity);
    return forecast(await models.revenueForecast(forecastWeeks(weeks)));
  },
  priceSuggestions: async (_, { first }, { identity, models }) => {
    assertStaff(identity);
    const count = suggestionCount(first);
    return (await models.priceSuggestions()).slice(0, count).map((s) => ({
      ...s,
      product: { id: s.productId },
      suggestedPrice: decimalPrice(s.suggestedPriceMinor),
      expectedWeeklyMarginChangeMinor: Math.round(s.expectedWeeklyMarginMinor.suggested - s.expectedWeeklyMarginMinor.current),
    }));
  },
};
