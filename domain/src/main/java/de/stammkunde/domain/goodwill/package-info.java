/**
 * Goodwill gestures (Kulanzleistungen): what an agent may give a complaining customer — bonus points, a voucher, free
 * service months, a fee refund, a gift — each with its cost to the shop in money, within limits the owner sets; above
 * them a request that another owner approves (four eyes). Limits and budget are checked under one lock per shop, so
 * parallel requests never sum above them.
 */
@NullMarked
package de.stammkunde.domain.goodwill;

import org.jspecify.annotations.NullMarked;
