<?php
/**
 * One renderer for the blocks and the shortcodes: an element with its
 * attributes, its colours and its no-script fallback.
 *
 * The markup is made here, on the server, when the page is shown, so it never
 * passes through the post filters (`wp_kses_post()`) that remove unknown tags
 * for accounts without "unfiltered HTML": Authors, Contributors, and everyone
 * under DISALLOW_UNFILTERED_HTML. Every value is checked against what the
 * element accepts, and escaped with WordPress's own functions.
 *
 * @package RecoveryElements
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The colours a block or shortcode may set: key → CSS custom property.
 *
 * @return array<string, string>
 */
function recovery_elements_colour_properties() {
	return array(
		'text'       => '--recovery-color-text',
		'background' => '--recovery-color-background',
		'border'     => '--recovery-color-border',
		'accent'     => '--recovery-color-accent',
		'onAccent'   => '--recovery-color-on-accent',
		'urgent'     => '--recovery-color-urgent',
		'onUrgent'   => '--recovery-color-on-urgent',
	);
}

/**
 * Each element's attributes: block attribute → [HTML attribute, kind, allowed values].
 *
 * Kinds: `text` (any text), `choice` (one of the values; the first is the
 * element's default and is left out), `flag` (a boolean attribute), `digits`
 * (an emergency number), `list` (a comma list of step numbers, or `all`).
 *
 * @param string $tag The element.
 * @return array<string, array>
 */
function recovery_elements_attribute_rules( $tag ) {
	$common = array(
		'lang'            => array( 'lang', 'choice', array( '', 'en', 'es' ) ),
		'theme'           => array( 'theme', 'choice', array( 'light', 'dark', 'auto' ) ),
		'emergencyNumber' => array( 'emergency-number', 'digits' ),
	);
	$own = array(
		'call-banner'    => array(
			'phone'       => array( 'phone', 'text' ),
			'org'         => array( 'org', 'text' ),
			'message'     => array( 'message', 'text' ),
			'note'        => array( 'note', 'text' ),
			'sms'         => array( 'sms', 'text' ),
			'hours'       => array( 'hours', 'text' ),
			'openHours'   => array( 'open-hours', 'text' ),
			'timezone'    => array( 'timezone', 'text' ),
			'crisis'      => array( 'crisis', 'flag' ),
			'chat'        => array( 'chat', 'text' ),
			'variant'     => array( 'variant', 'choice', array( 'inline', 'sticky' ) ),
			'dismissible' => array( 'dismissible', 'flag' ),
		),
		'overdose-signs' => array(
			'heading'       => array( 'heading', 'text' ),
			'variant'       => array( 'variant', 'choice', array( 'full', 'compact' ) ),
			'guide'         => array( 'guide', 'flag' ),
			'goodSamaritan' => array( 'good-samaritan', 'choice', array( 'on', 'off' ) ),
		),
		'family-steps'   => array(
			'heading' => array( 'heading', 'text' ),
			'steps'   => array( 'steps', 'list' ),
			'open'    => array( 'open', 'list' ),
		),
	);
	return array_merge( $own[ $tag ], $common );
}

/**
 * Shortcode attributes, written as the element's own (`emergency-number`,
 * `color-accent`), → the block's attributes.
 *
 * @param array|string $written The shortcode's attributes (a string when there are none).
 * @return array
 */
function recovery_elements_shortcode_attributes( $written ) {
	$written    = is_array( $written ) ? $written : array();
	$attributes = array( 'colors' => array() );
	$by_html    = array();
	foreach ( array( 'call-banner', 'overdose-signs', 'family-steps' ) as $tag ) {
		foreach ( recovery_elements_attribute_rules( $tag ) as $key => $rule ) {
			$by_html[ $rule[0] ] = $key;
		}
	}
	foreach ( $written as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word: a boolean attribute such as `dismissible`.
			$name  = strtolower( $value );
			$value = true;
		}
		if ( 0 === strpos( $name, 'color-' ) ) {
			$key = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', substr( $name, 6 ) ) ) ) );
			$attributes['colors'][ $key ] = $value;
		} elseif ( isset( $by_html[ $name ] ) ) {
			$attributes[ $by_html[ $name ] ] = $value;
		}
	}
	return $attributes;
}

/**
 * The digits a phone dials (a leading + for an international number), or null
 * when the text is not a phone number: the element's own rule
 * (src/core/phone.ts), so the fallback calls the number the element would.
 *
 * @param string $text The number as the partner wrote it.
 * @return string|null
 */
function recovery_elements_dialable( $text ) {
	$text = trim( (string) $text );
	if ( class_exists( 'Normalizer' ) ) {
		$text = (string) Normalizer::normalize( $text, Normalizer::FORM_KC );
	}
	$separators = '[ ().\/\-\x{2010}-\x{2015}\x{2212}]';
	if ( mb_strlen( $text ) > 40 || ! preg_match( '/^\+?[0-9A-Za-z ().\/\-\x{2010}-\x{2015}\x{2212}]+$/u', $text ) ) {
		return null;
	}
	$international = 0 === strpos( $text, '+' );
	$compact       = preg_replace( '/^\+/', '', $text );
	if ( $international ) {
		$compact = preg_replace( '/\(0\)/', '', $compact, 1 );
	}
	$compact = preg_replace( '/' . $separators . '/u', '', $compact );
	if ( ! preg_match( '/^[0-9]+[0-9A-Za-z]*$/', $compact ) ) {
		return null;
	}
	$has_letters = (bool) preg_match( '/[A-Za-z]/', $compact );
	$digits      = strtr( strtolower( $compact ), 'abcdefghijklmnopqrstuvwxyz', '22233344455566677778889999' );
	$length      = strlen( $digits );
	if ( $has_letters && ! ( 10 === $length || ( 11 === $length && '1' === $digits[0] ) ) ) {
		return null;
	}
	if ( $length < ( $international ? 7 : 3 ) || $length > 15 ) {
		return null;
	}
	return ( $international ? '+' : '' ) . $digits;
}

/**
 * The attribute values an element gets: only values it accepts, as text.
 *
 * @param string $tag        The element.
 * @param array  $attributes Block attributes.
 * @return array<string, string|true> HTML attribute → value (true for a boolean attribute).
 */
function recovery_elements_html_attributes( $tag, $attributes ) {
	$html = array();
	foreach ( recovery_elements_attribute_rules( $tag ) as $key => $rule ) {
		if ( ! isset( $attributes[ $key ] ) ) {
			continue;
		}
		list( $name, $kind ) = $rule;
		$value               = $attributes[ $key ];
		if ( 'flag' === $kind ) {
			if ( true === $value || 'true' === $value || '1' === $value || $name === $value ) {
				$html[ $name ] = true;
			}
			continue;
		}
		$value = trim( sanitize_text_field( is_scalar( $value ) ? (string) $value : '' ) );
		if ( '' === $value ) {
			continue;
		}
		if ( 'choice' === $kind ) {
			// The element's default (first) is left out, as the snippet builder does.
			if ( in_array( $value, $rule[2], true ) && $value !== $rule[2][0] ) {
				$html[ $name ] = $value;
			}
		} elseif ( 'digits' === $kind ) {
			if ( preg_match( '/^[0-9]{2,6}$/', $value ) && '911' !== $value ) {
				$html[ $name ] = $value;
			}
		} elseif ( 'list' === $kind ) {
			if ( 'all' === $value || preg_match( '/^[1-8](\s*,\s*[1-8])*$/', $value ) ) {
				$html[ $name ] = preg_replace( '/\s+/', '', $value );
			}
		} else {
			$html[ $name ] = $value;
		}
	}
	// Opening hours without a zone are the site's (Settings → General), when it is
	// a named zone the browsers know (not a bare UTC offset such as +05:00).
	if ( isset( $html['open-hours'] ) && ! isset( $html['timezone'] ) && 'call-banner' === $tag ) {
		$zone = wp_timezone_string();
		if ( 'UTC' === $zone || false !== strpos( $zone, '/' ) ) {
			$html['timezone'] = $zone;
		}
	}
	// The blocks' "same as the page" language: the element follows the page's `lang`.
	if ( isset( $html['lang'] ) && '' === $html['lang'] ) {
		unset( $html['lang'] );
	}
	return $html;
}

/**
 * The element's colours as a `style` value of CSS custom properties; only hex colours.
 *
 * @param mixed $colors Block attribute `colors`: key → colour.
 * @return string
 */
function recovery_elements_style( $colors ) {
	$style = '';
	if ( ! is_array( $colors ) ) {
		return $style;
	}
	foreach ( recovery_elements_colour_properties() as $key => $property ) {
		$colour = isset( $colors[ $key ] ) && is_string( $colors[ $key ] ) ? sanitize_hex_color( trim( $colors[ $key ] ) ) : null;
		if ( $colour ) {
			$style .= $property . ':' . $colour . ';';
		}
	}
	return $style;
}

/**
 * The fallback: a link a reader can call with, shown where scripts do not run.
 *
 * @param string $tag  The element.
 * @param array  $html The element's attributes.
 * @return string
 */
function recovery_elements_fallback( $tag, $html ) {
	$lang      = isset( $html['lang'] ) ? $html['lang'] : ( 0 === strpos( determine_locale(), 'es' ) ? 'es' : 'en' );
	$words     = recovery_elements_words( $lang );
	$emergency = isset( $html['emergency-number'] ) ? $html['emergency-number'] : '911';
	if ( 'overdose-signs' === $tag ) {
		$number = $emergency;
		$text   = sprintf( $words['call_emergency'], $emergency );
	} else {
		$phone  = 'call-banner' === $tag && isset( $html['phone'] ) ? $html['phone'] : '';
		$number = '' !== $phone ? recovery_elements_dialable( $phone ) : null;
		if ( $number ) {
			$text = isset( $html['org'] ) ? sprintf( $words['call_name'], $phone, $html['org'] ) : sprintf( $words['call'], $phone );
		} else {
			// No number, or not a usable one: the national helpline, as the element does.
			$number = recovery_elements_dialable( $words['helpline_number'] );
			$text   = sprintf( $words['call_name'], $words['helpline_number'], $words['helpline_name'] );
		}
	}
	// A paragraph of its own: before the element starts, or without scripts, the
	// fallbacks of several blocks do not run together into one line.
	return '<p><a href="' . esc_url( 'tel:' . $number, array( 'tel' ) ) . '">' . esc_html( $text ) . '</a></p>';
}

/**
 * An element with its fallback, and the script enqueued (once per page, whatever the count).
 *
 * @param string $tag        The element: call-banner, overdose-signs or family-steps.
 * @param array  $attributes Block attributes (a shortcode's are mapped first).
 * @param string $wrapper    The block's wrapper attributes (`class="wp-block-…"`), already escaped.
 * @return string
 */
function recovery_elements_render( $tag, $attributes, $wrapper = '' ) {
	wp_enqueue_script( 'recovery-elements' );
	$attributes = is_array( $attributes ) ? $attributes : array();
	$html       = recovery_elements_html_attributes( $tag, $attributes );
	$markup     = '<' . $tag;
	if ( '' !== $wrapper ) {
		$markup .= ' ' . $wrapper;
	}
	foreach ( $html as $name => $value ) {
		$markup .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$style = recovery_elements_style( isset( $attributes['colors'] ) ? $attributes['colors'] : array() );
	if ( '' !== $style ) {
		$markup .= ' style="' . esc_attr( $style ) . '"';
	}
	return $markup . '>' . recovery_elements_fallback( $tag, $html ) . '</' . $tag . '>';
}
